using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Weft.Analyzers;

/// <summary>WEFT0100, WEFT0102–WEFT0109: every shape of <c>[ThreadLocalSlot]</c> / <c>[WorkerUpdate]</c> the generator cannot serve.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SlotDeclarationAnalyzer : WeftAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.NotPartial, Descriptors.StaticSlotType, Descriptors.GenericSlotType,
        Descriptors.AbstractSlotType, Descriptors.ContainingTypeNotPartial, Descriptors.WorkerUpdateOutsidePerWorker,
        Descriptors.WorkerUpdateNotVoid, Descriptors.WorkerUpdateUnsupported, Descriptors.GeneratedMemberHidden,
        Descriptors.FileLocalSlotType);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, WeftSymbols symbols, Immutability immutability)
    {
        context.RegisterSymbolAction(c => AnalyzeType(c, symbols), SymbolKind.NamedType);
        context.RegisterSymbolAction(c => AnalyzeMethod(c, symbols), SymbolKind.Method);
        context.RegisterOperationAction(c => AnalyzeLocalFunction(c, symbols), OperationKind.LocalFunction);
    }

    /// <summary>A local function is never a member of a slot type: nothing is generated for it.</summary>
    private static void AnalyzeLocalFunction(OperationAnalysisContext context, WeftSymbols symbols)
    {
        IMethodSymbol local = ((Microsoft.CodeAnalysis.Operations.ILocalFunctionOperation)context.Operation).Symbol;
        if (symbols.HasWorkerUpdate(local))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.WorkerUpdateOutsidePerWorker, local.Locations.FirstOrDefault() ?? Location.None,
                local.Name, local.ContainingSymbol.Name, "a method holding it as a local function (only a method of a per-worker slot type is broadcast)"));
        }
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
        foreach (SlotTypeProblem problem in GeneratedContract.TypeProblems(type, context.CancellationToken))
        {
            switch (problem)
            {
                case SlotTypeProblem.NotAClass:
                    // The compiler reports it (CS0592: the attribute is valid on classes only).
                    break;
                case SlotTypeProblem.Static:
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.StaticSlotType, location, name));
                    break;
                case SlotTypeProblem.Abstract:
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.AbstractSlotType, location, name));
                    break;
                case SlotTypeProblem.Generic:
                    string where = type.TypeParameters.Length > 0 ? string.Empty : " (through its containing type)";
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.GenericSlotType, location, name, where));
                    break;
                case SlotTypeProblem.NotPartial:
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.NotPartial, location, name));
                    break;
                case SlotTypeProblem.FileLocal:
                    string through = type.IsFileLocal ? string.Empty : " (through its containing type)";
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.FileLocalSlotType, location, name, through));
                    break;
                case SlotTypeProblem.ContainingTypeNotPartial:
                    // Reported on the container, where the fix applies (ReportNonPartialContainer).
                    break;
            }
        }

        bool perWorker = mode == WeftNames.SlotModePerWorker;
        var updates = perWorker ? GeneratedContract.ServableUpdates(type, symbols.HasWorkerUpdate).Select(m => m.Name) : Enumerable.Empty<string>();
        var taken = new HashSet<string>(GeneratedContract.TakenMemberNames(GeneratedContract.UserMemberNames(type), type.Name, perWorker, updates), System.StringComparer.Ordinal);
        if (taken.Count == 0)
        {
            return;
        }

        foreach (ISymbol member in type.GetMembers())
        {
            if (taken.Contains(member.Name) && GeneratedContract.IsUserMember(member) && !symbols.IsGeneratedSlotMember(member))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.GeneratedMemberHidden, member.Locations[0], name, member.Name));
            }
        }

        if (taken.Contains(type.Name))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.GeneratedMemberHidden, location, name, type.Name));
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

        if (!GeneratedContract.IsPartial(type, context.CancellationToken))
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
            if (mode is null)
            {
                return;
            }

            // On a snapshot type the method's own shape problems are reported too (each rule is its own fix).
        }

        if (!method.ReturnsVoid)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.WorkerUpdateNotVoid, location, method.Name, method.ReturnType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
        }

        string? reason = GeneratedContract.WhyUpdateCannotBroadcast(method);
        if (reason is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.WorkerUpdateUnsupported, location, method.Name, reason));
        }
    }
}
