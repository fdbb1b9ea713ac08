// WEFT0104: `abstract` written on one partial part, [ThreadLocalSlot] on the other. Reading: the docs do not say
// which declaration carries the report, so either counts.
using Weft;

namespace Corpus6a.AbstractSplitParts;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Policy // expect: WEFT0104 #escape
{
    public int Attempts;
}

public abstract partial class Policy // expect: WEFT0104 #escape
{
}
