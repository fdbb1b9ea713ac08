using Microsoft.CodeAnalysis;

namespace Weft.Analyzers.Engine;

/// <summary>
/// Asks whether a namespace is a given one by walking its names, which allocates nothing: the engine asks it of
/// types at every captured-variable use and library call, where <c>ToDisplayString()</c> built a new string each time.
/// </summary>
internal static class Namespaces
{
    /// <summary>
    /// True when <paramref name="ns"/> is the namespace named <paramref name="qualified"/> ("System.Threading"): the
    /// same answer as comparing its <c>ToDisplayString()</c> with that name, for names made of plain identifiers.
    /// </summary>
    public static bool Is(INamespaceSymbol? ns, string qualified)
    {
        int end = qualified.Length;
        while (ns is { IsGlobalNamespace: false })
        {
            int dot = qualified.LastIndexOf('.', end - 1);
            int start = dot + 1;
            string name = ns.Name;
            if (end - start != name.Length || string.CompareOrdinal(qualified, start, name, 0, name.Length) != 0)
            {
                return false;
            }

            ns = ns.ContainingNamespace;
            if (dot < 0)
            {
                return ns is null || ns.IsGlobalNamespace;
            }

            end = dot;
        }

        return false;
    }
}
