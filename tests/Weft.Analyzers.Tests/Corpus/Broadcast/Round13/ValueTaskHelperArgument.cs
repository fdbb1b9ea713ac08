// An async helper returning ValueTask<IReadOnlyList<string>> hands back its own list field; the awaited value is
// broadcast (the page: "awaited from an async helper ... judged by what every return of the helper hands back").
// The Add on the next call writes the list the previous call broadcast ([Published]: "must not be changed again").
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.ValueTaskHelperArgument;

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
        _servers.Add("8.8.8.8"); // expect: WEFT0002
        return _servers;
    }

    public async Task PushAsync(WorkerPool pool)
    {
        var servers = await LoadAsync();
        await Resolver.UseServersOnAllWorkersAsync(pool, servers); // expect: WEFT0007
    }
}
