// C# 14 `field` keyword: the accessors use the compiler's backing field, whose type is the property's: a List every
// worker can change.
using System.Collections.Generic;
using Weft;

namespace Corpus.R12.FieldKeywordList;

[ThreadLocalSlot]
public sealed partial class Names
{
    public List<string> All { get => field; init => field = value ?? []; } // expect: WEFT0001
}
