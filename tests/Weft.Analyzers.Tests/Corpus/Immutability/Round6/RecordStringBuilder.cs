// WEFT0001: a record member of type StringBuilder (a mutable BCL class, sealed but writable).
using System.Text;
using Weft;

namespace Corpus6a.RecordStringBuilder;

[ThreadLocalSlot]
public sealed partial record Banner
{
    public StringBuilder Text { get; init; } = new("hello"); // expect: WEFT0001 "Text"
}
