using Npgsql;

namespace Attribution.Api.Tenancy;

/// <summary>
/// The request's unit of work: one connection and one transaction whose first statement is
/// <c>set_config('app.tenant_id', tenant, true)</c>, so row-level security scopes every statement to the tenant.
/// Opened on first use; committed by the route invoker when the handler succeeds, rolled back otherwise.
/// </summary>
public sealed class TenantSession(NpgsqlDataSource dataSource, Guid tenantId) : IAsyncDisposable
{
    private const string SetTenant = "select set_config('app.tenant_id', @tenant, true)";

    private NpgsqlConnection? _connection;
    private NpgsqlTransaction? _transaction;
    private bool _tenantSet;
    private List<Action>? _afterCommit;

    public Guid TenantId { get; } = tenantId;

    /// <summary>The open connection and transaction, opening them (and setting the tenant) on first use.</summary>
    public async ValueTask<(NpgsqlConnection Connection, NpgsqlTransaction Transaction)> OpenAsync(CancellationToken cancellationToken)
    {
        var (connection, transaction) = await BeginAsync(cancellationToken);
        if (!_tenantSet)
        {
            await using var command = new NpgsqlCommand(SetTenant, connection, transaction);
            command.Parameters.AddWithValue("tenant", TenantId.ToString());
            await command.ExecuteNonQueryAsync(cancellationToken);
            _tenantSet = true;
        }

        return (connection, transaction);
    }

    /// <summary>
    /// A batch on the session's connection and transaction. When the tenant is not set yet, the batch starts with the
    /// <c>set_config</c> command (one round trip instead of two) and <see cref="TenantBatch.TenantResultFirst"/> is true:
    /// the reader's first result set is that command's row, to be skipped with <c>NextResultAsync</c>.
    /// </summary>
    public async ValueTask<TenantBatch> BatchAsync(CancellationToken cancellationToken)
    {
        var (connection, transaction) = await BeginAsync(cancellationToken);
        var batch = new NpgsqlBatch(connection, transaction);
        var first = !_tenantSet;
        if (first)
        {
            var command = new NpgsqlBatchCommand(SetTenant);
            command.Parameters.AddWithValue("tenant", TenantId.ToString());
            batch.BatchCommands.Add(command);
            _tenantSet = true;
        }

        return new TenantBatch(batch, first);
    }

    /// <summary>A command on the session's connection and transaction.</summary>
    public async ValueTask<NpgsqlCommand> CommandAsync(string sql, CancellationToken cancellationToken)
    {
        var (connection, transaction) = await OpenAsync(cancellationToken);
        return new NpgsqlCommand(sql, connection, transaction);
    }

    /// <summary>Runs <paramref name="action"/> once the session's transaction has committed (never when it rolls back).</summary>
    public void AfterCommit(Action action) => (_afterCommit ??= []).Add(action);

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_transaction is not null)
        {
            await _transaction.CommitAsync(cancellationToken);
            await _transaction.DisposeAsync();
            _transaction = null;
            _tenantSet = false;
        }

        var actions = _afterCommit;
        _afterCommit = null;
        actions?.ForEach(action => action());
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    /// <summary>The connection (opened once) and a transaction (a new one after a commit); the tenant is set by the callers.</summary>
    private async ValueTask<(NpgsqlConnection Connection, NpgsqlTransaction Transaction)> BeginAsync(CancellationToken cancellationToken)
    {
        _connection ??= await dataSource.OpenConnectionAsync(cancellationToken);
        _transaction ??= await _connection.BeginTransactionAsync(cancellationToken);
        return (_connection, _transaction);
    }
}
