// Quiet twin of ZoneTickRatesCallbackForm: a FrozenDictionary copy crosses.
using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.ZoneTickRatesCallbackForm;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ZoneScheduler
{
    private readonly Dictionary<string, int> _hz = new();

    public int RateOf(string zone) => _hz.GetValueOrDefault(zone, 20);

    [WorkerUpdate]
    public void SetRates(IReadOnlyDictionary<string, int> rates)
    {
        foreach (var (zone, hz) in rates) _hz[zone] = hz;
    }
}

public sealed class TickRateAdmin
{
    private readonly WorkerPool _pool;
    private readonly Dictionary<string, int> _rates = new();

    public TickRateAdmin(WorkerPool pool) => _pool = pool;

    public IReadOnlyDictionary<string, int> Rates => _rates;

    public void Set(string zone, int hz, Action applied)
    {
        _rates[zone] = Math.Clamp(hz, 1, 128);
        ZoneScheduler.SetRatesOnAllWorkers(_pool, _rates.ToFrozenDictionary(), applied);
    }
}

public static class TickRateRules
{
    public const int MinHz = 1;

    public const int MaxHz = 128;

    public static int Clamp(int hz) => Math.Clamp(hz, MinHz, MaxHz);
}
