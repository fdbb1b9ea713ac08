// WEFT0001 message for an inherited member: reported on the slot type's name, naming the inherited member and its
// mutable type. WEFT0003 message: the write goes through TryGetCurrent of the second slot type in a method that read
// the first one's Current before; the message names the type actually written (Beta).
using System.Collections.Generic;
using Weft;

namespace Corpus5a.InheritedMemberNamed;

public abstract class PortsBase
{
    public HashSet<int> OpenPorts { get; } = new();
}

[ThreadLocalSlot]
public sealed partial class Alpha : PortsBase // expect: WEFT0001 "OpenPorts" "HashSet<int>"
{
    public int Count { get; init; }
}

[ThreadLocalSlot]
public sealed partial class Beta
{
    public List<int> Items { get; init; } = new(); // expect: WEFT0001 "'Items'" "List<int>"
}

public static class Worker
{
    public static void Copy()
    {
        int n = Alpha.Current.Count;
        if (Beta.TryGetCurrent(out var beta))
        {
            beta.Items.Add(n); // expect: WEFT0003 "Beta"
        }
    }
}
