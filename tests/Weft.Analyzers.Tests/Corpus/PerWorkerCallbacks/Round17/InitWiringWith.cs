// WEFT0008: an `init` delegate property set by an object initializer and replaced by a record `with`, both returning a
// captured instance; another method hands the property to Slot<T>.SetAsync. Page: "given a lambda wherever an instance
// is made, in any class (new SlotWiring(_ => table) in one method, wiring with { Presence = … }, new Wiring { Presence
// = … })": each factory is reported at what it returns.
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
        var shared = new Limits();
        return new Wiring { Limits = _ => shared }; // expect: WEFT0008
    }

    public static Wiring Override(Wiring w, Limits preset) => w with { Limits = _ => preset }; // expect: WEFT0008
}

public static class Apply
{
    public static Task Run(Slot<Limits> slot, Wiring wiring) => slot.SetAsync(wiring.Limits!);
}
