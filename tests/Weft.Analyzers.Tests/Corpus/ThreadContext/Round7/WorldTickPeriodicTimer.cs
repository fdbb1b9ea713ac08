// Game server tick loop: an async loop on a PeriodicTimer steps the world at 20 Hz, reading the published world rules
// each tick. The wait is ConfigureAwait(false), so from the first tick on the loop body runs on the thread pool and
// the rules' Current is read off the pool. One-token twin: ConfigureAwait(true) (the loop stays on the worker).
using System;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.WorldTickPeriodicTimer;

[ThreadLocalSlot]
public sealed partial class WorldRules
{
    public float Gravity { get; init; } = -9.8f;
    public int MaxEntities { get; init; } = 10_000;
    public ImmutableArray<string> DisabledSystems { get; init; } = ImmutableArray<string>.Empty;
}

public interface IWorldStep
{
    void Step(float dt, WorldRules rules);
}

public sealed class WorldTicker
{
    private readonly IWorldStep _world;
    private long _ticks;

    public WorldTicker(IWorldStep world) => _world = world;

    public long Ticks => Interlocked.Read(ref _ticks);

    public async Task RunAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        while (await timer.WaitForNextTickAsync(ct).ConfigureAwait(false))
        {
            WorldRules rules = WorldRules.Current; // expect: WEFT0005
            _world.Step(0.05f, rules);
            Interlocked.Increment(ref _ticks);
        }
    }
}
