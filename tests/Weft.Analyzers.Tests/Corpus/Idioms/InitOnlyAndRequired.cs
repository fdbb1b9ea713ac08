// The init idiom done wrong: a settable property, set again after the publish.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Idioms.InitOnly;

public sealed record Port(int Number, string Protocol);

[ThreadLocalSlot]
public sealed partial class Listener
{
    public required string Name { get; set; } // expect: WEFT0001
    public required ImmutableArray<Port> Ports { get; init; }
}

public static class Listeners
{
    public static async Task StartAsync(WorkerPool pool)
    {
        var listener = new Listener { Name = "edge", Ports = [new Port(80, "tcp")] };
        await Listener.PublishAsync(pool, listener);
        listener.Name = "edge-1"; // expect: WEFT0002
    }
}
