using Attribution.Analytics.Mmm;
using Attribution.Api.Mmm.Sql;
using Attribution.Api.Tenancy;
using NpgsqlTypes;

namespace Attribution.Api.Mmm;

/// <summary>
/// A run's posterior: each chain's constrained draws (<c>mmm_posterior_draws</c>, one <c>double precision[]</c> per draw,
/// written by binary COPY through a temporary table) and its sampler statistics (<c>mmm_chains</c>). Writing a chain replaces what an earlier
/// attempt of the same chain wrote, so a retried step leaves one copy.
/// </summary>
public static class MmmDrawStore
{
    public static async Task WriteChainAsync(TenantSession session, Guid modelId, MmmChain chain, CancellationToken cancellationToken)
    {
        await using (var delete = await session.CommandAsync(MmmSql.DeleteChain, cancellationToken))
        {
            delete.Parameters.AddWithValue("id", modelId);
            delete.Parameters.AddWithValue("chain", chain.Chain);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var stage = await session.CommandAsync(MmmSql.StageDraws, cancellationToken))
        {
            await stage.ExecuteNonQueryAsync(cancellationToken);
        }

        var (connection, _) = await session.OpenAsync(cancellationToken);
        await using (var importer = await connection.BeginBinaryImportAsync(MmmSql.CopyDraws, cancellationToken))
        {
            for (var d = 0; d < chain.Draws.Length; d++)
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(d, NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteAsync(chain.Draws[d], NpgsqlDbType.Array | NpgsqlDbType.Double, cancellationToken);
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await using (var move = await session.CommandAsync(MmmSql.InsertDraws, cancellationToken))
        {
            move.Parameters.AddWithValue("id", modelId);
            move.Parameters.AddWithValue("chain", chain.Chain);
            await move.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var insert = await session.CommandAsync(MmmSql.InsertChain, cancellationToken);
        insert.Parameters.AddWithValue("id", modelId);
        insert.Parameters.AddWithValue("chain", chain.Chain);
        insert.Parameters.AddWithValue("divergences", chain.Divergences);
        insert.Parameters.AddWithValue("stepSize", chain.StepSize);
        insert.Parameters.AddWithValue("acceptance", chain.MeanAcceptance);
        insert.Parameters.AddWithValue("treeDepthHits", chain.MaxTreeDepthHits);
        insert.Parameters.AddWithValue("gradients", chain.GradientEvaluations);
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Raises the run's progress by the share of chains finished (5% for preparing, 90% for the chains).</summary>
    public static async Task ReportChainDoneAsync(TenantSession session, Guid modelId, int chains, CancellationToken cancellationToken)
    {
        await using var command = await session.CommandAsync(MmmSql.ChainProgress, cancellationToken);
        command.Parameters.AddWithValue("id", modelId);
        command.Parameters.AddWithValue("chains", chains);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Every stored chain of the run with its draws, in chain order.</summary>
    public static async Task<List<MmmChain>> ReadChainsAsync(TenantSession session, Guid modelId, CancellationToken cancellationToken)
    {
        var draws = new Dictionary<int, List<double[]>>();
        await using (var command = await session.CommandAsync(MmmSql.ReadDraws, cancellationToken))
        {
            command.Parameters.AddWithValue("id", modelId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var chain = reader.GetInt32(0);
                if (!draws.TryGetValue(chain, out var list))
                {
                    draws[chain] = list = [];
                }

                list.Add(reader.GetFieldValue<double[]>(1));
            }
        }

        var chains = new List<MmmChain>();
        await using (var command = await session.CommandAsync(MmmSql.ReadChains, cancellationToken))
        {
            command.Parameters.AddWithValue("id", modelId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var chain = reader.GetInt32(0);
                chains.Add(new MmmChain(
                    chain, [.. draws.GetValueOrDefault(chain) ?? []], reader.GetInt32(1), reader.GetDouble(2), reader.GetDouble(3),
                    reader.GetInt32(4), reader.GetInt64(5)));
            }
        }

        return chains;
    }
}
