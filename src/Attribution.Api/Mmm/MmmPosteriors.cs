using Attribution.Analytics.Mmm;
using Attribution.Api.Tenancy;

namespace Attribution.Api.Mmm;

/// <summary>A completed model's media response posterior, rebuilt from its frozen dataset and stored draws.</summary>
public static class MmmPosteriors
{
    /// <summary>The id of the model to use: <paramref name="modelId"/> or the latest completed one; null when there is none.</summary>
    public static async Task<(Guid Id, string Status)?> ResolveAsync(TenantSession session, Guid? modelId, CancellationToken cancellationToken)
    {
        var model = await MmmModelStore.FindAsync(session, modelId, cancellationToken);
        return model is null ? null : (model.Id, model.Status);
    }

    /// <summary>The posterior of a completed model (its dataset and every chain's draws are read back).</summary>
    public static async Task<MmmPosterior> LoadAsync(TenantSession session, Guid modelId, CancellationToken cancellationToken)
    {
        var (config, dataset, _) = await MmmModelStore.ReadInputsAsync(session, modelId, cancellationToken);
        var chains = await MmmDrawStore.ReadChainsAsync(session, modelId, cancellationToken);
        var problem = MmmFitter.Prepare(dataset, MmmTraining.Options(config));
        return MmmFitter.Posterior(problem, chains);
    }
}
