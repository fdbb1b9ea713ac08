// WEFT0001 messages: a `private set` property is named as a property; a chain two types deep names each member on the
// way (the slot's property, the nested property, the settable property at the end); a private field is named as a
// field together with its generic type as C# writes it.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.SetterKindAndDeepChain;

public sealed class Timeouts
{
    public int ConnectMs { get; set; } = 1000;
}

public sealed class Policy
{
    public Timeouts Limits { get; } = new();
}

[ThreadLocalSlot]
public sealed partial class Gateway
{
    public string Host { get; private set; } = ""; // expect: WEFT0001 "property 'Host'"
    public Policy Policy { get; } = new(); // expect: WEFT0001 "'Policy'" "'Limits'" "'ConnectMs'"
    private readonly Dictionary<string, int[]> _shards = new(); // expect: WEFT0001 "field '_shards'" "Dictionary<string, int[]>"

    public int Shards => _shards.Count;
}
