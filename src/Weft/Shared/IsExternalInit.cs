#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices;

/// <summary>Lets netstandard2.0 Roslyn components declare records and init-only members.</summary>
internal static class IsExternalInit
{
}
#endif
