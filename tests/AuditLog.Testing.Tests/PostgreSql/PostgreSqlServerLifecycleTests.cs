using System.Net.Sockets;
using Npgsql;

namespace AuditLog.Testing.Tests.PostgreSql;

/// <summary>Each test owns a server started here (never CDK_DATABASE_URL's), as it stops or disposes it.</summary>
public sealed class PostgreSqlServerLifecycleTests
{
    [Fact]
    public async Task StoppedServerRefusesConnections()
    {
        await using PostgreSqlServer server = await PostgreSqlServer.StartLocalAsync(CancellationToken.None);

        await server.StopAsync();

        var query = () => Sql.ScalarAsync<int>(Sql.Unpooled(server.ConnectionString), "SELECT 1");
        await query.Should().ThrowAsync<NpgsqlException>();
    }

    [Fact]
    public async Task RestartedServerKeepsItsDataOnTheSamePort()
    {
        await using PostgreSqlServer server = await PostgreSqlServer.StartLocalAsync(CancellationToken.None);
        await Sql.ExecuteAsync(server.ConnectionString, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('survives')");
        int port = server.Port;
        await server.StopAsync();

        await server.RestartAsync();

        server.Port.Should().Be(port);
        (await Sql.ScalarAsync<string>(Sql.Unpooled(server.ConnectionString), "SELECT value FROM kept")).Should().Be("survives");
    }

    [Fact]
    public async Task DisposeRemovesTheClusterFolder()
    {
        PostgreSqlServer server = await PostgreSqlServer.StartLocalAsync(CancellationToken.None);
        string folder = server.ClusterDirectory!;
        Directory.Exists(folder).Should().BeTrue();

        await server.DisposeAsync();

        Directory.Exists(folder).Should().BeFalse();
    }

    [Fact]
    public async Task DisposeClosesThePort()
    {
        PostgreSqlServer server = await PostgreSqlServer.StartLocalAsync(CancellationToken.None);

        await server.DisposeAsync();

        using var client = new TcpClient();
        var connect = () => client.ConnectAsync(server.Host, server.Port);
        await connect.Should().ThrowAsync<SocketException>();
    }

    [Fact]
    public async Task DisposingTwiceIsSafe()
    {
        PostgreSqlServer server = await PostgreSqlServer.StartLocalAsync(CancellationToken.None);
        await server.DisposeAsync();

        var disposeAgain = async () => await server.DisposeAsync();

        await disposeAgain.Should().NotThrowAsync();
    }

    [Fact]
    public async Task RestartAfterDisposeThrowsObjectDisposedException()
    {
        PostgreSqlServer server = await PostgreSqlServer.StartLocalAsync(CancellationToken.None);
        await server.DisposeAsync();

        var restart = () => server.RestartAsync();

        await restart.Should().ThrowAsync<ObjectDisposedException>();
    }
}
