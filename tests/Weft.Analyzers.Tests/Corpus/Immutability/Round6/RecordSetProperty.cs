// WEFT0001: a sealed record slot type with a hand-written `set` property beside positional members.
using Weft;

namespace Corpus6a.RecordSetProperty;

[ThreadLocalSlot]
public sealed partial record Listener(string Address)
{
    public int Backlog { get; set; } = 128; // expect: WEFT0001 "Backlog"
}
