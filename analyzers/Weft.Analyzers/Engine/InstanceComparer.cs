using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Weft.Analyzers.Engine;

/// <summary>
/// Compares by reference. The engine's per-symbol caches are keyed by a symbol's definition (<c>OriginalDefinition</c>),
/// of which a compilation hands out one instance per declared member: a lookup is then a header hash and a pointer
/// compare, where <c>SymbolEqualityComparer</c> costs a chain of virtual calls on every call and read the engine meets.
/// Were two equal definitions ever distinct instances, each would get its own entry with the same answer (every cached
/// answer is a function of the definition): a second computation, never a different result.
/// </summary>
internal sealed class InstanceComparer : IEqualityComparer<object>
{
    public static readonly InstanceComparer Instance = new();

    public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

    public int GetHashCode(object obj) => RuntimeHelpers.GetHashCode(obj);
}
