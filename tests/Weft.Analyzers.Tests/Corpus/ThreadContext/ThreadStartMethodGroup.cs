// Report place: the Current read in the thread's method, or the Thread construction that names it (group marker).
// A dedicated thread started with a method group; the method reads the slot.
using System.Collections.Immutable;
using System.Threading;
using Weft;

namespace Corpus.ThreadContext.ThreadStart;

[ThreadLocalSlot]
public sealed partial class Targets
{
    public ImmutableArray<string> Urls { get; init; }
}

public static class Prober
{
    public static void Start() => new Thread(ProbeLoop) { IsBackground = true }.Start(); // expect: WEFT0005 #offpool

    private static void ProbeLoop()
    {
        foreach (var url in Targets.Current.Urls) // expect: WEFT0005 #offpool
        {
            System.Console.WriteLine(url);
        }
    }
}
