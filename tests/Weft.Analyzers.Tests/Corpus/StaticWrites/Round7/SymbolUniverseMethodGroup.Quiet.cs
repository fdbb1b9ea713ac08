// Quiet twin of SymbolUniverseMethodGroup: the merge runs inside the static Lock's scope.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.SymbolUniverseMethodGroup;

public sealed class SymbolBook
{
    public HashSet<string> Symbols { get; } = new();
}

public static class SymbolUniverse
{
    private static readonly Lock s_gate = new();
    private static readonly HashSet<string> s_all = new();

    public static Task BuildAsync(Slot<SymbolBook> books) => books.RunOnAllThreadsAsync(Merge);

    private static void Merge(SymbolBook book)
    {
        using (s_gate.EnterScope()) s_all.UnionWith(book.Symbols);
    }

    public static bool Contains(string symbol)
    {
        using (s_gate.EnterScope()) return s_all.Contains(symbol);
    }
}

public static class SymbolRules
{
    public static bool IsValid(string symbol) => symbol.Length is > 0 and <= 12 && System.Linq.Enumerable.All(symbol, char.IsLetterOrDigit);

    public static string Root(string symbol)
    {
        int dot = symbol.IndexOf('.');
        return dot < 0 ? symbol : symbol[..dot];
    }
}
