// Round 3. The `with` copy shares the original's array (taken as a mutable view through ImmutableCollectionsMarshal);
// writing the raw array after publishing writes what workers read. Reading taken: the source of a view published
// with the object counts, whatever builds the view (AsReadOnly, ReadOnlyCollection, or this ImmutableArray view).
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PublishedWrites.Round3.RecordWith;

[ThreadLocalSlot]
public sealed partial record Routing(int Version, ImmutableArray<string> Hosts);

public static class Rollout
{
    public static async Task RunAsync(WorkerPool pool)
    {
        string[] hosts = ["a", "b"];
        var routing = new Routing(1, ImmutableCollectionsMarshal.AsImmutableArray(hosts));
        await Routing.PublishAsync(pool, routing);
        hosts[1] = "c"; // expect: WEFT0002 "hosts"
    }
}
