// WEFT0003: the slot type inherits its mutable list from an abstract base class; a worker writes it through the
// derived instance, through a base-typed local, and through a base-class method that clears it.
// WEFT0001 is reported on the slot type's name (the page: inherited members are reported there).
using System.Collections.Generic;
using Weft;

namespace Corpus5a.InheritedBaseMember;

public abstract class TableBase
{
    public List<int> Ports { get; } = new();

    public void Reset() => Ports.Clear();
}

[ThreadLocalSlot]
public sealed partial class Listeners : TableBase // expect: WEFT0001
{
    public string Name { get; init; } = "";
}

public static class Worker
{
    public static void Open(int port)
    {
        Listeners.Current.Ports.Add(port); // expect: WEFT0003
        TableBase table = Listeners.Current;
        table.Ports.Remove(80); // expect: WEFT0003
        Listeners.Current.Reset(); // expect: WEFT0003
    }
}
