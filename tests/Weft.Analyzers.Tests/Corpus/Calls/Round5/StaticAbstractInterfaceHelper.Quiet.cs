// Quiet twin of StaticAbstractInterfaceHelper: the same static abstract dispatch, before the publish on main and on a
// copy of the snapshot's ports on a worker.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus5a.StaticAbstractInterfaceHelperQuiet;

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
    public ImmutableArray<int> Open { get; init; } = ImmutableArray<int>.Empty;
}

public static class Code
{
    static void Prepare<TFiller>(List<int> target) where TFiller : IFiller => TFiller.Fill(target);

    public static void OnMain(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<List<int>>();
        var open = new List<int>();
        Prepare<Defaults>(open);
        slot.Publish(open);
    }

    public static void OnWorker() => Prepare<Defaults>(new List<int>(Ports.Current.Open));
}
