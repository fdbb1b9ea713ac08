// A snapshot member of a user type with an implicit conversion to List<string> that returns its own list (an alias); the worker converts it and adds. Reported at the Add.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.SnapshotWrites.Round10.ImplicitConversionToList;

public sealed class NameSet
{
    private readonly List<string> _names = new();

    public static implicit operator List<string>(NameSet set) => set._names;
}

public sealed class Directory
{
    public NameSet Names { get; } = new();
}

public static class Shared
{
    private static readonly Directory s_directory = new();

    [SharedSnapshot]
    public static Directory Current => s_directory;
}

public static class Lookup
{
    public static int Add(string name)
    {
        List<string> names = Shared.Current.Names;
        names.Add(name); // expect: WEFT0003
        return names.Count;
    }
}
