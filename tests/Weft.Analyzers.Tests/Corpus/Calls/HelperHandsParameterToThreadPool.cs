// Report place: the helper's Task.Run or the call that passes it the worker's own state (group marker).
// A helper sends whatever cache it is given to the thread pool; the caller gives it the worker's own.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.HandsOff;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Negatives
{
    public HashSet<string> Names { get; } = new();
}

public static class DnsMaintenance
{
    private static void ForgetInBackground(Negatives negatives) => Task.Run(() => negatives.Names.Clear()); // expect: WEFT0004 #escape

    public static void OnNetworkChange()
    {
        ForgetInBackground(Negatives.Current); // expect: WEFT0004 #escape
    }
}
