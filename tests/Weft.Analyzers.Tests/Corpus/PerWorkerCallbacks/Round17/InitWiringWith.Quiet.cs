// Quiet twin of InitWiringWith: each factory builds a new Limits per thread (the override copies the preset's entries).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.R17.PerWorkerCallbacks.InitWiringWith;

public sealed class Limits
{
    public Dictionary<string, int> PerHost { get; } = new();
}

public sealed record Wiring
{
    public Func<Dispatcher, Limits>? Limits { get; init; }
}

public static class Setup
{
    public static Wiring Defaults()
    {
        return new Wiring { Limits = _ => new Limits() };
    }

    public static Wiring Override(Wiring w, Limits preset) => w with { Limits = _ => Copy(preset) };

    private static Limits Copy(Limits preset)
    {
        var l = new Limits();
        foreach (var (k, v) in preset.PerHost) l.PerHost[k] = v;
        return l;
    }
}

public static class Apply
{
    public static Task Run(Slot<Limits> slot, Wiring wiring) => slot.SetAsync(wiring.Limits!);
}
