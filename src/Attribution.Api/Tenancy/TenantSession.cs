using Npgsql;

namespace Attribution.Api.Tenancy;

/// <summary>
/// The request's unit of work: one connection and one transaction whose first statement is
/// <c>set_config('app.tenant_id', tenant, true)</c>, so row-level security scopes every statement to the tenant.
/// Opened on first use; committed by the route invoker when the handler succeeds, rolled back otherwise.
/// </summary>
public sealed class TenantSession(NpgsqlDataSource dataSource, Guid tenantId) : IAsyncDisposable
{
    private NpgsqlConnection? _connection;
    private NpgsqlTransaction? _transaction;
    private List<Action>? _afterCommit;

    public Guid TenantId { get; } = tenantId;

    /// <summary>The open connection and transaction, opening them (and setting the tenant) on first use.</summary>
    public async ValueTask<(NpgsqlConnection Connection, NpgsqlTransaction Transaction)> OpenAsync(CancellationToken cancellationToken)
    {
        if (_connection is null || _transaction is null)
        {
            _connection = await dataSource.OpenConnectionAsync(cancellationToken);
            _transaction = await _connection.BeginTransactionAsync(cancellationToken);
            await using var command = new NpgsqlCommand("select set_config('app.tenant_id', @tenant, true)", _connection, _transaction);
            command.Parameters.AddWithValue("tenant", TenantId.ToString());
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return (_connection, _transaction);
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
}
