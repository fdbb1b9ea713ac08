// init and required members, a primary-constructor record, nested immutable records, a string and enum: all quiet.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Idioms.InitOnly;

public enum Mode { Active, Standby }

public sealed record Port(int Number, string Protocol);

[ThreadLocalSlot]
public sealed partial class Listener
{
    public required string Name { get; init; }
    public required ImmutableArray<Port> Ports { get; init; }
    public Mode Mode { get; init; } = Mode.Active;
}

public static class Listeners
{
    public static Task StartAsync(WorkerPool pool)
    {
        var listener = new Listener { Name = "edge", Ports = [new Port(80, "tcp"), new Port(443, "tcp")] };
        return Listener.PublishAsync(pool, listener);
    }
}
