using System;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Weft.Analyzers.Engine;

namespace Weft.Analyzers.Tests;

/// <summary>
/// The analyzers live as long as the compiler server or the IDE, across thousands of compilations: a static cache
/// they keep must not hold a compilation's symbols. The engine's type-name table was a static dictionary keyed by
/// type symbols: every source type whose method the engine looked up stayed in it, and with it its compilation.
/// </summary>
public sealed class AnalyzerLifetimeTests
{
    [Fact]
    public void The_engine_s_type_name_table_does_not_keep_a_compilation_alive()
    {
        WeakReference compilation = NameATypeAndForget();
        for (int i = 0; i < 5 && compilation.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(compilation.IsAlive, "the compilation is still reachable after the engine named one of its types");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference NameATypeAndForget()
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Named",
            [CSharpSyntaxTree.ParseText("namespace App; public sealed class Outer { public sealed class Registry { } }", new CSharpParseOptions(LanguageVersion.Latest))],
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        INamedTypeSymbol registry = compilation.GetTypeByMetadataName("App.Outer+Registry") ?? throw new InvalidOperationException("App.Outer+Registry not found");
        Assert.Equal("App.Outer+Registry", BclKnowledge.MetadataName(registry));
        return new WeakReference(compilation);
    }
}
