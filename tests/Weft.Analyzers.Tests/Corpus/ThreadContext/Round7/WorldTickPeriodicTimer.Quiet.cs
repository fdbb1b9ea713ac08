// Quiet twin of WorldTickPeriodicTimer: ConfigureAwait(true) keeps the tick loop on the worker.
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
        while (await timer.WaitForNextTickAsync(ct).ConfigureAwait(true))
        {
            WorldRules rules = WorldRules.Current;
            _world.Step(0.05f, rules);
            Interlocked.Increment(ref _ticks);
        }
    }
}
