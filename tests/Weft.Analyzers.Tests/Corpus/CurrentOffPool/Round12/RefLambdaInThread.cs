// C# 14 lambda with `ref` parameter and no type declared inside a new Thread body; it reads Current there.
using System.Collections.Immutable;
using System.Threading;
using Weft;

namespace Corpus.R12.RefLambdaInThread;

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
        var thread = new Thread(() =>
        {
            Fill fill = (ref slots) => slots += Capacity.Current.PerHost.Length; // expect: WEFT0005
            int slots = 0;
            fill(ref slots);
        });
        thread.Start();
    }
}
