// Game server anti-cheat: after each match a worker scans its players' movement samples for speed hacks. The scan is
// sent to the thread pool with Task.Run while the worker keeps appending samples to the same lists. One-token twin:
// the scan is posted to the worker's own loop (Dispatcher.Current!.Post), a later turn of the same thread.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.AntiCheatScanTaskRun;

public readonly record struct MoveSample(long Tick, float Speed);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class MovementLog
{
    public Dictionary<string, List<MoveSample>> ByPlayer { get; } = new();

    public void Record(string player, MoveSample sample)
    {
        if (!ByPlayer.TryGetValue(player, out var samples)) ByPlayer[player] = samples = new List<MoveSample>();
        samples.Add(sample);
    }
}

public sealed class AntiCheat
{
    private readonly Action<string> _flag;
    private readonly float _maxSpeed;

    public AntiCheat(Action<string> flag, float maxSpeed)
    {
        _flag = flag;
        _maxSpeed = maxSpeed;
    }

    public void AfterMatch()
    {
        MovementLog log = MovementLog.Current;
        Task.Run(() => Scan(log.ByPlayer)); // expect: WEFT0004
    }

    private void Scan(Dictionary<string, List<MoveSample>> byPlayer)
    {
        foreach (var (player, samples) in byPlayer)
        {
            foreach (MoveSample s in samples)
            {
                if (s.Speed > _maxSpeed) { _flag(player); break; }
            }
        }
    }
}
