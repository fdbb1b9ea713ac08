// Round 2. A readonly array field and a HashSet property: each message says field or property and names the type.
using System.Collections.Generic;
using Weft;

namespace Corpus.Messages.Round2.ArrayAndSet;

[ThreadLocalSlot]
public sealed partial class Listeners
{
    public readonly int[] Ports = [80, 443]; // expect: WEFT0001 "field 'Ports'" "'int[]'"
    public HashSet<string> Names { get; init; } = new(); // expect: WEFT0001 "property 'Names'" "'HashSet<string>'"
}
