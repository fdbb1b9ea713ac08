// Without a priority, the List<string> overload (which sorts its argument in place) is the better match for the
// snapshot's List, so the worker sorts the shared list. Reading taken: reported at the call or at the Sort inside
// (#escape).
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Weft;

namespace Corpus.R12.OverloadPriority;

[ThreadLocalSlot]
public sealed partial class Aliases
{
    public List<string> Names { get; init; } = []; // expect: WEFT0001
}

public static class Text
{
    public static string Describe(List<string> names)
    {
        names.Sort(); // expect: WEFT0003 #escape
        return string.Join(",", names);
    }

    public static string Describe(IReadOnlyList<string> names) => string.Join(",", names.Order());
}

public static class Page
{
    public static string Render() => "\e[1m" + Text.Describe(Aliases.Current.Names); // expect: WEFT0003 #escape
}
