// Round 3. An object-typed snapshot member is pattern-matched to a List and appended to.
using System.Collections.Generic;
using Weft;

namespace Corpus.Views.Round3.PatternMatchObjectMember;

[ThreadLocalSlot]
public sealed partial class Extras
{
    public object? Payload { get; init; } // expect: WEFT0001 "Payload"
}

public static class Extender
{
    public static void Append(string item)
    {
        if (Extras.Current.Payload is List<string> list)
        {
            list.Add(item); // expect: WEFT0003
        }
    }
}
