// WEFT0006: `s_perKey.GetOrCreateValue(key).Count++` on a static ConditionalWeakTable from a per-worker member. Page:
// "a change to what a static ... holds, looked up by ... a static ConditionalWeakTable's GetOrCreateValue/GetValue":
// every worker gets the same element.
using System.Runtime.CompilerServices;
using Weft;

namespace Corpus.R17.StaticWrites.WeakTableValue;

public sealed class Usage
{
    public int Count;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Tracker
{
    private static readonly ConditionalWeakTable<object, Usage> s_perKey = new();

    public void Touch(object key)
    {
        s_perKey.GetOrCreateValue(key).Count++; // expect: WEFT0006
    }
}
