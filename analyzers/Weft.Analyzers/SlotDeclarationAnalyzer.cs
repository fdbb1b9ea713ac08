using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Weft.Analyzers;

/// <summary>WEFT0100–WEFT0109: every shape of <c>[ThreadLocalSlot]</c> / <c>[WorkerUpdate]</c> the generator cannot serve.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SlotDeclarationAnalyzer : WeftAnalyzer
{
    private static readonly string[] SnapshotMembers = ["Current", "TryGetCurrent", "PublishAsync", "Publish"];
    private static readonly string[] PerWorkerMembers = ["Current", "TryGetCurrent", "Initialize", "InitializeAsync", "UpdateAllAsync", "UpdateAll"];

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.NotPartial, Descriptors.NotAClass, Descriptors.StaticSlotType, Descriptors.GenericSlotType,
        Descriptors.AbstractSlotType, Descriptors.ContainingTypeNotPartial, Descriptors.WorkerUpdateOutsidePerWorker,
        Descriptors.WorkerUpdateNotVoid, Descriptors.WorkerUpdateUnsupported, Descriptors.GeneratedMemberHidden);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, WeftSymbols symbols, Immutability immutability)
    {
        context.RegisterSymbolAction(c => AnalyzeType(c, symbols), SymbolKind.NamedType);
        context.RegisterSymbolAction(c => AnalyzeMethod(c, symbols), SymbolKind.Method);
    }

    private static void AnalyzeType(SymbolAnalysisContext context, WeftSymbols symbols)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        ReportNonPartialContainer(context, type, symbols);
        int? mode = symbols.SlotModeOf(type);
        if (mode is null)
        {
            return;
        }

        Location location = type.Locations.FirstOrDefault() ?? Location.None;
        string name = type.Name;
        if (type.TypeKind != TypeKind.Class)
        {
            string kind = type.IsRecord ? "record struct" : type.TypeKind.ToString().ToLowerInvariant();
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.NotAClass, location, name, kind));
        }

        if (type.IsStatic)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.StaticSlotType, location, name));
        }
        else if (type.IsAbstract && type.TypeKind == TypeKind.Class)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.AbstractSlotType, location, name));
        }

        if (type.IsGenericType)
        {
            string where = type.TypeParameters.Length > 0 ? string.Empty : " (through its containing type)";
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.GenericSlotType, location, name, where));
        }

        if (!type.DeclaringSyntaxReferences.Any(r => r.GetSyntax(context.CancellationToken) is TypeDeclarationSyntax t && t.Modifiers.Any(SyntaxKind.PartialKeyword)))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.NotPartial, location, name));
        }


        var generated = new List<string>(mode == WeftNames.SlotModePerWorker ? PerWorkerMembers : SnapshotMembers);
        if (mode == WeftNames.SlotModePerWorker)
        {
            foreach (IMethodSymbol update in type.GetMembers().OfType<IMethodSymbol>().Where(symbols.HasWorkerUpdate))
            {
                generated.Add(update.Name + "OnAllWorkersAsync");
                generated.Add(update.Name + "OnAllWorkers");
            }
        }

        foreach (ISymbol member in type.GetMembers())
        {
            if (!member.IsImplicitlyDeclared && member.Locations.Any(l => l.IsInSource) && !symbols.IsGeneratedSlotMember(member) && generated.Contains(member.Name) && !IsGeneratedFile(member))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.GeneratedMemberHidden, member.Locations[0], name, member.Name));
            }
        }
    }

    /// <summary>Reported on the container itself (where the fix applies): it holds a slot type, at any depth, and is not partial.</summary>
    private static void ReportNonPartialContainer(SymbolAnalysisContext context, INamedTypeSymbol type, WeftSymbols symbols)
    {
        INamedTypeSymbol? slot = FindNestedSlot(type, symbols);
        if (slot is null)
        {
            return;
        }

        bool partial = type.DeclaringSyntaxReferences.All(r => r.GetSyntax(context.CancellationToken) is TypeDeclarationSyntax t && t.Modifiers.Any(SyntaxKind.PartialKeyword));
        if (!partial)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ContainingTypeNotPartial, type.Locations.FirstOrDefault() ?? Location.None, type.Name, slot.Name));
        }
    }

    private static INamedTypeSymbol? FindNestedSlot(INamedTypeSymbol type, WeftSymbols symbols)
    {
        foreach (INamedTypeSymbol nested in type.GetTypeMembers())
        {
            if (symbols.SlotModeOf(nested) is not null)
            {
                return nested;
            }

            if (FindNestedSlot(nested, symbols) is { } deeper)
            {
                return deeper;
            }
        }

        return null;
    }

    private static bool IsGeneratedFile(ISymbol member) =>
        member.Locations.All(l => l.SourceTree?.FilePath.EndsWith(".Weft.g.cs", System.StringComparison.Ordinal) == true);

    private static void AnalyzeMethod(SymbolAnalysisContext context, WeftSymbols symbols)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (!symbols.HasWorkerUpdate(method))
        {
            return;
        }

        Location location = method.Locations.FirstOrDefault() ?? Location.None;
        int? mode = symbols.SlotModeOf(method.ContainingType);
        if (mode != WeftNames.SlotModePerWorker)
        {
            string what = mode is null ? "not a [ThreadLocalSlot] type" : "a snapshot slot type (one shared, immutable instance)";
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.WorkerUpdateOutsidePerWorker, location, method.Name, method.ContainingType.Name, what));
            return;
        }

        if (!method.ReturnsVoid)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.WorkerUpdateNotVoid, location, method.Name, method.ReturnType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
        }

        string? reason = method switch
        {
            { IsStatic: true } => "it is static (it must run on each worker's own instance)",
            { IsGenericMethod: true } => "it is generic (its arguments travel as one typed state value)",
            _ => method.Parameters.Select(UnsupportedParameter).FirstOrDefault(r => r is not null),
        };
        if (reason is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.WorkerUpdateUnsupported, location, method.Name, reason));
        }
    }

    private static string? UnsupportedParameter(IParameterSymbol parameter) => parameter switch
    {
        { RefKind: RefKind.Ref or RefKind.Out } => $"parameter '{parameter.Name}' is {parameter.RefKind.ToString().ToLowerInvariant()} (N workers cannot write one caller's variable)",
        { Type.IsRefLikeType: true } => $"parameter '{parameter.Name}' is a ref struct ('{parameter.Type.Name}' cannot be queued to another thread)",
        { Type.TypeKind: TypeKind.Pointer or TypeKind.FunctionPointer } => $"parameter '{parameter.Name}' is a pointer",
        _ => null,
    };
}
