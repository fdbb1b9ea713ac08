// WEFT0102 on a static slot class declared in two partial parts, the attribute on the second part only. Reading:
// the docs do not say which part carries the report, so either declaration counts.
using Weft;

namespace Corpus6a.StaticSplitParts;

public static partial class Limits // expect: WEFT0102 #escape
{
    public const int Max = 10;
}

[ThreadLocalSlot]
public static partial class Limits // expect: WEFT0102 #escape
{
}
