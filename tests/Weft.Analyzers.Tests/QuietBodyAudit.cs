using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Weft.Analyzers.Engine;

namespace Weft.Analyzers.Tests;

/// <summary>
/// Every test of this assembly, the corpus included, runs with the body screen's audit on: a body the screen
/// accepts is run through the engine as well, and any diagnostic or type fact from it fails the test as an AD0001
/// naming the body (see <see cref="QuietBodies.Audit"/>).
/// </summary>
internal static class QuietBodyAudit
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "A test assembly: the audit must be on before any analyzer runs, whichever test runs first.")]
    internal static void TurnOn() => QuietBodies.Audit = true;
}
