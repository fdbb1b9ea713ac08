// A snapshot type declared in two partial parts (as teams split big config types): the second part adds a writable
// field behind an `init` accessor and a mutable collection. WEFT0001 checks every member of the type, whichever part
// declares it. Reading: an `init` accessor is fine, but the field it writes is not readonly, so it is "a writable
// field" (reported on the field).
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.PartialSecondPart;

[ThreadLocalSlot]
public sealed partial class GatewayConfig
{
    public string Name { get; init; } = "";
}

public sealed partial class GatewayConfig
{
    private int _port; // expect: WEFT0001 "_port"

    public int Port
    {
        get => _port;
        init => _port = value;
    }

    public Dictionary<string, string> Headers { get; init; } = new(); // expect: WEFT0001 "Headers"
}
