using System;

namespace Weft.Internal;

/// <summary>
/// Yield points that linearizability tests set to widen race windows in Release builds. Unset in production: each
/// point costs one static read and a null check.
/// </summary>
internal static class ConcurrencyTestHooks
{
    /// <summary>Runs after a producer claimed a ring cell and before it wrote the item (the window a consumer must wait out).</summary>
    internal static Action? AfterCellClaimed;
}
