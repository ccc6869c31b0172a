using Attribution.Api.Mmm;
using Attribution.Api.Tenancy;
using Microsoft.Azure.Functions.Worker;
using Npgsql;

namespace Attribution.Functions.Mmm;

/// <summary>The MMM training activities: each calls one <see cref="MmmTraining"/> step in the input's tenant.</summary>
public sealed class MmmActivities(NpgsqlDataSource database)
{
    public const string Prepare = "MmmPrepare";
    public const string SampleChain = "MmmSampleChain";
    public const string Finalize = "MmmFinalize";
    public const string Fail = "MmmFail";

    [Function(Prepare)]
    public Task<MmmPrepared> PrepareAsync([ActivityTrigger] MmmTrainingInput input, FunctionContext context) =>
        MmmTraining.PrepareAsync(new TenantTransactions(database, input.TenantId), input.ModelId, context.CancellationToken);

    [Function(SampleChain)]
    public Task<MmmChainOutcome> SampleChainAsync([ActivityTrigger] MmmChainInput input, FunctionContext context) =>
        MmmTraining.SampleChainAsync(new TenantTransactions(database, input.TenantId), input.ModelId, input.Chain, null, context.CancellationToken);

    [Function(Finalize)]
    public Task<MmmTrainingResult> FinalizeAsync([ActivityTrigger] MmmTrainingInput input, FunctionContext context) =>
        MmmTraining.FinalizeAsync(new TenantTransactions(database, input.TenantId), input.ModelId, context.CancellationToken);

    [Function(Fail)]
    public Task FailAsync([ActivityTrigger] MmmFailure input, FunctionContext context) =>
        MmmTraining.FailAsync(new TenantTransactions(database, input.TenantId), input.ModelId, input.Error, context.CancellationToken);
}
