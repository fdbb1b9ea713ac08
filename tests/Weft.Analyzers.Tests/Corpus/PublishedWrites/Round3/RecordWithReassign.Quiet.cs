// Round 3. Reassigning the local to a `with` copy is not a write to the published object: quiet.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PublishedWrites.Round3.RecordWith;

[ThreadLocalSlot]
public sealed partial record Routing(int Version, ImmutableArray<string> Hosts);

public static class Rollout
{
    public static async Task RunAsync(WorkerPool pool)
    {
        var routing = new Routing(1, ["a", "b"]);
        await Routing.PublishAsync(pool, routing);
        routing = routing with { Version = 2, Hosts = routing.Hosts.Add("c") };
        await Routing.PublishAsync(pool, routing);
    }
}
