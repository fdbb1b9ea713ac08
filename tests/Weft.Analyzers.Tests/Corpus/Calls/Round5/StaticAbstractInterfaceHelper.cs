// WEFT0002 and WEFT0003: the writing helper is reached through a static abstract interface member
// (`TFiller.Fill(list)` in a generic method constrained to IFiller); the call with a published list, or with Current's
// list, writes shared data. Reading: reported at the generic method's call site (the data is handed over there).
using System.Collections.Generic;
using Weft;

namespace Corpus5a.StaticAbstractInterfaceHelper;

public interface IFiller
{
    static abstract void Fill(List<int> target);
}

public sealed class Defaults : IFiller
{
    public static void Fill(List<int> target) => target.Add(80);
}

[ThreadLocalSlot]
public sealed partial class Ports
{
    public List<int> Open { get; init; } = new(); // expect: WEFT0001
}

public static class Code
{
    static void Prepare<TFiller>(List<int> target) where TFiller : IFiller => TFiller.Fill(target);

    public static void OnMain(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<List<int>>();
        var open = new List<int>();
        slot.Publish(open);
        Prepare<Defaults>(open); // expect: WEFT0002
    }

    public static void OnWorker() => Prepare<Defaults>(Ports.Current.Open); // expect: WEFT0003
}
