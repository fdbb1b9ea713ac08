// WEFT0001's message "says whether a field or a property is at fault and names the mutable type": a readonly field of
// List<int> and an init-only property of StringBuilder, each checked for the member kind, its name and its type. The
// quoted texts follow the page's example ("its property 'Deep' is of type 'Outer'").
using System.Collections.Generic;
using System.Text;
using Weft;

namespace Corpus.Round4.MemberKindAndType;

[ThreadLocalSlot]
public sealed partial class AdminPage
{
    public readonly List<int> Ports = new(); // expect: WEFT0001 "field 'Ports'" "List<int>"
    public StringBuilder Footer { get; init; } = new(); // expect: WEFT0001 "property 'Footer'" "StringBuilder"
}
