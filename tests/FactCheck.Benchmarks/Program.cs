using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>The entry point BenchmarkDotNet's switcher runs from.</summary>
public partial class Program;
