// WEFT0109: `PublishAsync` declared on a snapshot slot type (in the type's second partial part).
using System.Threading.Tasks;
using Weft;

namespace Corpus6a.HiddenPublishSnapshot;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public int Version { get; init; }
}

public sealed partial class Routes
{
    public static Task PublishAsync(WorkerPool pool, Routes value) => Task.CompletedTask; // expect: WEFT0109 "PublishAsync"
}
