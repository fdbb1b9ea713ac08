// C# 14 lambda with a `ref` parameter and no type: the snapshot is read on the worker before the thread starts; the
// thread gets the immutable snapshot's number.
using System.Collections.Immutable;
using System.Threading;
using Weft;

namespace Corpus.R12.RefLambdaInThreadQuiet;

public delegate void Fill(ref int slots);

[ThreadLocalSlot]
public sealed partial class Capacity
{
    public ImmutableArray<int> PerHost { get; init; } = [];
}

public static class Planner
{
    public static void Plan()
    {
        int perHost = Capacity.Current.PerHost.Length;
        var thread = new Thread(() =>
        {
            Fill fill = (ref slots) => slots += perHost;
            int slots = 0;
            fill(ref slots);
        });
        thread.Start();
    }
}
