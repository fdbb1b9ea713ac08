// Game server: per-worker match state starts from the defaults object loaded at startup; the factory returns the
// defaults holder's Instance property — the same MatchState object for every worker. Twin: the holder makes a new
// state per call.
using System.Collections.Generic;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.MatchDefaultsProperty;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class MatchState
{
    public MatchState(int roundSeconds) => RoundSeconds = roundSeconds;

    public int RoundSeconds { get; }
    public Dictionary<string, int> Kills { get; } = new();
}

public sealed class MatchDefaults
{
    public MatchDefaults(int roundSeconds)
    {
        RoundSeconds = roundSeconds;
        Instance = new MatchState(roundSeconds);
    }

    public int RoundSeconds { get; }
    public MatchState Instance { get; }

    public MatchState Create() => new(RoundSeconds);
}

public static class MatchStartup
{
    public static void Configure(WorkerPool pool, int roundSeconds)
    {
        var defaults = new MatchDefaults(roundSeconds);
        MatchState.Initialize(pool, _ => defaults.Instance); // expect: WEFT0008
    }

    public static bool IsShortRound(int roundSeconds) => roundSeconds < 60;

    public static int Clamp(int roundSeconds) => System.Math.Clamp(roundSeconds, 30, 3600);
}
