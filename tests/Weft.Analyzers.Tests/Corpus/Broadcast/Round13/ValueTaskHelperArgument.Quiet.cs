// The quiet twin: the helper hands back an immutable copy.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.ValueTaskHelperArgumentQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Resolver
{
    private IReadOnlyList<string> _servers = new List<string>();

    [WorkerUpdate]
    private void UseServers(IReadOnlyList<string> servers) => _servers = servers;
}

public sealed class DnsConfig
{
    private readonly List<string> _servers = new() { "1.1.1.1" };

    public async ValueTask<IReadOnlyList<string>> LoadAsync()
    {
        await Task.Yield();
        _servers.Add("8.8.8.8");
        return _servers.ToImmutableArray();
    }

    public async Task PushAsync(WorkerPool pool)
    {
        var servers = await LoadAsync();
        await Resolver.UseServersOnAllWorkersAsync(pool, servers);
    }
}
