// Round 3. The matched list is only counted.
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
    public static int Append(string item) =>
        Extras.Current.Payload is List<string> list ? list.Count + item.Length : 0;
}
