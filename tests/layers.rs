//! The modules of the three crates import each other without cycles, and the binary's modules
//! import downward only, in the order docs/architecture.md draws (plain values, then output and
//! configuration, then the context, then the runners, then the commands, then the dispatcher).
//!
//! Plain string scanning: each crate's module tree is read from its root file's `mod`
//! declarations; comments, string and char literals and `#[cfg(test)]` items are blanked first.
//! An edge is a `crate::…`, `super::…`, `self::…` or child-module path (in a `use`, with its
//! `{a, b::c}` groups, or in code). A name a module imports (`use` or `pub use`) is followed to
//! where it is defined, so a re-export neither hides a cycle nor makes one.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type ModPath = Vec<String>;

/// The binary's layers, bottom (0) to top. A module may import its own layer or lower ones;
/// within a layer the no-cycle check keeps the order. Every module must be listed (`group::*`
/// stands for the modules grouped under `group`).
const BINARY_LAYERS: &[(&str, u32)] = &[
    // Plain values: the global options, errors and their words, times, the environment.
    ("env", 0),
    ("options", 0),
    ("timeparse", 0),
    ("error", 0),
    // Output (every byte to stdout and stderr), configuration (files, profiles), the prompter.
    ("output", 1),
    ("config", 1),
    ("settings", 1),
    ("prompt", 1),
    ("tracefile", 1),
    // The lazily built providers.
    ("context", 2),
    // Over the context: names to locks and members, runs over several locks; completion of
    // names (from the files only).
    ("resolve", 3),
    ("fleet", 3),
    ("complete", 3),
    // The command groups (`commands/mod.rs` only declares them).
    ("commands", 4),
    ("commands::*", 4),
    // The clap front and the dispatcher, then main.
    ("cli", 5),
    ("crate", 6),
];

/// The API crate's layers: models and the operations' traits; pure wire pieces (signing,
/// envelopes, endpoints, PINs); the transport; the login; the two backends.
const API_LAYERS: &[(&str, u32)] = &[
    // The one clock (imports nothing of the crate).
    ("clock", 0),
    ("error", 0),
    ("kind", 0),
    ("secret", 0),
    ("model", 0),
    ("lock", 0),
    ("ops", 0),
    ("endpoint", 1),
    ("catalogue", 1),
    ("pin", 1),
    ("sign", 1),
    ("thing", 1),
    ("envelope", 1),
    ("redact", 1),
    ("trace", 1),
    ("writes", 1),
    ("http", 2),
    ("thing_wire", 2),
    ("throttle", 2),
    ("client", 2),
    ("login", 3),
    ("mobile", 4),
    ("openapi", 4),
    // Probes for `lockctl doctor`, over the client and the login.
    ("probe", 4),
    ("crate", 5),
];

/// The emulator's layers: the lock world, the two faces over it, HTTP, the crate's front.
const EMULATOR_LAYERS: &[(&str, u32)] = &[
    ("world", 0),
    ("mobile", 1),
    ("openapi", 1),
    ("server", 2),
    ("keypad", 3),
    ("crate", 3),
];

#[test]
fn the_binary_has_no_import_cycles_and_imports_downward_only() {
    let krate = Crate::load_dir(&root().join("src"), "main.rs", &["commands"]);
    krate.assert_sane("lockctl", 25, 60);
    krate.assert_acyclic("lockctl");
    krate.assert_layers("lockctl", BINARY_LAYERS);
}

#[test]
fn the_api_crate_has_no_import_cycles_and_imports_downward_only() {
    let krate = Crate::load_dir(&root().join("crates/lockctl-api/src"), "lib.rs", &[]);
    krate.assert_sane("lockctl-api", 15, 30);
    krate.assert_acyclic("lockctl-api");
    krate.assert_layers("lockctl-api", API_LAYERS);
}

#[test]
fn the_emulator_has_no_import_cycles_and_imports_downward_only() {
    let krate = Crate::load_dir(&root().join("crates/lockctl-emulator/src"), "lib.rs", &[]);
    krate.assert_sane("lockctl-emulator", 4, 4);
    krate.assert_acyclic("lockctl-emulator");
    krate.assert_layers("lockctl-emulator", EMULATOR_LAYERS);
}

/// The scanner itself: a two-module cycle through a `use` group and a `super::` path is found,
/// while comments, strings, raw strings, char literals and test modules add no edges.
#[test]
fn a_synthetic_cycle_is_found_and_noise_is_not_an_edge() {
    let files: BTreeMap<&str, &str> = [
        ("lib.rs", "mod a;\nmod b;\nmod c;\npub use a::Thing;\n"),
        (
            "a.rs",
            "use crate::{b::{self, Other}};\npub struct Thing;\n",
        ),
        ("b/mod.rs", "mod inner;\npub struct Other;\n"),
        ("b/inner.rs", "fn f() -> super::super::Thing { todo!() }\n"),
        (
            "c.rs",
            concat!(
                "// use crate::a;\n/* crate::b:: /* nested */ crate::a */\n",
                "/// crate::a::Thing\nconst S: &str = \"crate::a\";\n",
                "const R: &str = r#\"crate::b \" crate::a\"#;\nconst Q: char = '\"';\n",
                "const O: char = '{'; fn g<'a>(x: &'a str) -> &'a str { x }\n",
                "#[cfg(test)]\nmod tests { use crate::a; }\n",
                "#[cfg(test)]\nuse crate::b;\n",
            ),
        ),
    ]
    .into_iter()
    .collect();
    let krate = Crate::load(
        &|p: &str| files.get(p).map(|s| s.to_string()),
        "lib.rs",
        &[],
    );
    assert_eq!(krate.groups().len(), 4, "{:?}", krate.groups());
    let edges: BTreeSet<(String, String)> = krate.edges.keys().cloned().collect();
    let want: BTreeSet<(String, String)> = [("a", "b"), ("b", "a"), ("crate", "a")]
        .into_iter()
        .map(|(f, t)| (f.to_string(), t.to_string()))
        .collect();
    assert_eq!(edges, want);
    let cycles = krate.cycles();
    assert_eq!(cycles, vec![vec!["a".to_string(), "b".to_string()]]);
    let caught = std::panic::catch_unwind(|| krate.assert_acyclic("synthetic"));
    assert!(caught.is_err(), "the cycle a <-> b was not reported");
    krate.assert_layers("synthetic", &[("a", 0), ("b", 0), ("c", 0), ("crate", 1)]);
    let upward = [("a", 0), ("b", 1), ("c", 0), ("crate", 2)];
    let caught = std::panic::catch_unwind(|| krate.assert_layers("synthetic", &upward));
    assert!(
        caught.is_err(),
        "a (layer 0) importing b (layer 1) was not reported"
    );
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// One crate's module tree and its edges between groups of modules.
struct Crate {
    modules: BTreeSet<ModPath>,
    /// Modules whose children are grouped under them (`commands` -> `commands::<group>`).
    split: Vec<String>,
    /// (from group, to group) -> where the first such path was seen.
    edges: BTreeMap<(String, String), String>,
}

/// One file of a module, scanned.
struct Source {
    module: ModPath,
    file: String,
    tokens: Vec<Token>,
}

#[derive(Debug, Clone)]
struct Token {
    text: String,
    line: usize,
}

/// A path as written, made absolute from the crate root.
struct Ref {
    from: ModPath,
    path: ModPath,
    at: String,
}

impl Crate {
    fn load_dir(dir: &Path, root_file: &str, split: &[&str]) -> Crate {
        let read = |p: &str| std::fs::read_to_string(dir.join(p)).ok();
        Crate::load(&read, root_file, split)
    }

    fn load(read: &dyn Fn(&str) -> Option<String>, root_file: &str, split: &[&str]) -> Crate {
        // The module tree, from the root file's `mod` declarations down.
        let mut modules = BTreeSet::new();
        let mut sources = Vec::new();
        let mut pending = vec![(root_file.to_string(), ModPath::new(), String::new())];
        modules.insert(ModPath::new());
        while let Some((file, module, child_dir)) = pending.pop() {
            let text = read(&file).unwrap_or_else(|| panic!("cannot read {file}"));
            let tokens = without_test_items(tokenize(&strip(&text)));
            for (declared, inline) in declarations(&tokens, &module) {
                modules.insert(declared.clone());
                if inline {
                    continue;
                }
                // Where a child's file is: beside a root or mod.rs, else in a folder named
                // after its parent (inline modules in between add folders too).
                let rel: Vec<&str> = declared[module.len()..]
                    .iter()
                    .map(String::as_str)
                    .collect();
                let base = format!("{child_dir}{}", rel.join("/"));
                let (flat, nested) = (format!("{base}.rs"), format!("{base}/mod.rs"));
                let (path, dir) = if read(&flat).is_some() {
                    (flat, format!("{base}/"))
                } else {
                    (nested, format!("{base}/"))
                };
                pending.push((path, declared, dir));
            }
            sources.push(Source {
                module,
                file,
                tokens,
            });
        }

        // Paths, and the names each module imports.
        let mut refs = Vec::new();
        let mut imports: BTreeMap<ModPath, BTreeMap<String, ModPath>> = BTreeMap::new();
        for source in &sources {
            scan_paths(source, &modules, &mut refs, &mut imports);
        }

        let split: Vec<String> = split.iter().map(|s| s.to_string()).collect();
        let mut krate = Crate {
            modules,
            split,
            edges: BTreeMap::new(),
        };
        for r in refs {
            let target = krate.resolve(r.path, &imports);
            let (from, to) = (krate.group(&r.from), krate.group(&target));
            if from != to {
                krate.edges.entry((from, to)).or_insert(r.at);
            }
        }
        krate
    }

    /// The module a path lands in, following imported names to where they are defined.
    fn resolve(
        &self,
        mut path: ModPath,
        imports: &BTreeMap<ModPath, BTreeMap<String, ModPath>>,
    ) -> ModPath {
        for _ in 0..16 {
            let len = (0..=path.len())
                .rev()
                .find(|n| self.modules.contains(&path[..*n]))
                .unwrap_or(0);
            let module = path[..len].to_vec();
            let Some(name) = path.get(len) else {
                return module;
            };
            match imports.get(&module).and_then(|names| names.get(name)) {
                Some(target) if *target != path[..=len] => {
                    let mut next = target.clone();
                    next.extend_from_slice(&path[len + 1..]);
                    path = next;
                }
                _ => return module,
            }
        }
        path
    }

    fn group(&self, module: &ModPath) -> String {
        match module.as_slice() {
            [] => "crate".to_string(),
            [top, sub, ..] if self.split.contains(top) => format!("{top}::{sub}"),
            [top, ..] => top.clone(),
        }
    }

    fn groups(&self) -> BTreeSet<String> {
        self.modules.iter().map(|m| self.group(m)).collect()
    }

    /// Strongly connected components with more than one member (Tarjan).
    fn cycles(&self) -> Vec<Vec<String>> {
        let nodes: Vec<String> = self.groups().into_iter().collect();
        let index_of = |n: &str| nodes.iter().position(|m| m == n).unwrap();
        let mut next: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
        for (from, to) in self.edges.keys() {
            next[index_of(from)].push(index_of(to));
        }
        struct Tarjan<'a> {
            next: &'a [Vec<usize>],
            index: Vec<Option<usize>>,
            low: Vec<usize>,
            on_stack: Vec<bool>,
            stack: Vec<usize>,
            counter: usize,
            found: Vec<Vec<usize>>,
        }
        impl Tarjan<'_> {
            fn visit(&mut self, v: usize) {
                self.index[v] = Some(self.counter);
                self.low[v] = self.counter;
                self.counter += 1;
                self.stack.push(v);
                self.on_stack[v] = true;
                for &w in &self.next[v] {
                    match self.index[w] {
                        None => {
                            self.visit(w);
                            self.low[v] = self.low[v].min(self.low[w]);
                        }
                        Some(i) if self.on_stack[w] => self.low[v] = self.low[v].min(i),
                        Some(_) => {}
                    }
                }
                if Some(self.low[v]) == self.index[v] {
                    let mut component = Vec::new();
                    while let Some(w) = self.stack.pop() {
                        self.on_stack[w] = false;
                        component.push(w);
                        if w == v {
                            break;
                        }
                    }
                    self.found.push(component);
                }
            }
        }
        let mut t = Tarjan {
            next: &next,
            index: vec![None; nodes.len()],
            low: vec![0; nodes.len()],
            on_stack: vec![false; nodes.len()],
            stack: Vec::new(),
            counter: 0,
            found: Vec::new(),
        };
        for v in 0..nodes.len() {
            if t.index[v].is_none() {
                t.visit(v);
            }
        }
        let mut cycles: Vec<Vec<String>> = t
            .found
            .into_iter()
            .filter(|c| c.len() > 1)
            .map(|c| {
                let mut names: Vec<String> = c.into_iter().map(|i| nodes[i].clone()).collect();
                names.sort();
                names
            })
            .collect();
        cycles.sort();
        cycles
    }

    fn assert_acyclic(&self, name: &str) {
        let cycles = self.cycles();
        if cycles.is_empty() {
            return;
        }
        let mut report = format!("{name}: modules that import each other in a circle:\n");
        for cycle in &cycles {
            report.push_str(&format!("  cycle: {}\n", cycle.join(", ")));
            for ((from, to), at) in &self.edges {
                if cycle.contains(from) && cycle.contains(to) {
                    report.push_str(&format!("    {from} -> {to}  ({at})\n"));
                }
            }
        }
        panic!("{report}");
    }

    /// No module imports a module of a higher layer; every module has a layer.
    fn assert_layers(&self, name: &str, table: &[(&str, u32)]) {
        let layer = |m: &str| -> u32 {
            let wildcard = m.split_once("::").map(|(top, _)| format!("{top}::*"));
            let found = table
                .iter()
                .find(|(key, _)| *key == m || wildcard.as_deref() == Some(*key));
            match found {
                Some((_, l)) => *l,
                None => panic!("{name}: module `{m}` has no layer in tests/layers.rs"),
            }
        };
        for m in self.groups() {
            layer(&m);
        }
        let upward: Vec<String> = self
            .edges
            .iter()
            .filter(|((from, to), _)| layer(from) < layer(to))
            .map(|((from, to), at)| {
                format!(
                    "  {from} (layer {}) imports {to} (layer {}) at {at}",
                    layer(from),
                    layer(to)
                )
            })
            .collect();
        assert!(
            upward.is_empty(),
            "{name}: modules import upward:\n{}",
            upward.join("\n")
        );
    }

    /// The scan found the crate: enough modules and edges that it cannot pass by reading nothing.
    fn assert_sane(&self, name: &str, min_groups: usize, min_edges: usize) {
        let (groups, edges) = (self.groups().len(), self.edges.len());
        assert!(
            groups >= min_groups && edges >= min_edges,
            "{name}: only {groups} module groups and {edges} edges found (expected at least \
             {min_groups} and {min_edges}): is the scanner reading the sources?"
        );
    }
}

/// The source with comments, string literals and char literals blanked (line breaks kept).
fn strip(src: &str) -> String {
    let c: Vec<char> = src.chars().collect();
    let blank = |ch: char| if ch == '\n' { '\n' } else { ' ' };
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    while i < c.len() {
        let ch = c[i];
        let next = c.get(i + 1).copied();
        let after_ident = i > 0 && (c[i - 1].is_alphanumeric() || c[i - 1] == '_');
        if ch == '/' && next == Some('/') {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if ch == '/' && next == Some('*') {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && c.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if c[i] == '*' && c.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(blank(c[i]));
                    i += 1;
                }
            }
            out.push(' ');
            continue;
        }
        // Raw strings: r"…", r#"…"#, br#"…"# (a raw identifier r#name falls through).
        if !after_ident && (ch == 'r' || (ch == 'b' && next == Some('r'))) {
            let mut j = i + if ch == 'b' { 2 } else { 1 };
            let mut hashes = 0;
            while c.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if c.get(j) == Some(&'"') {
                j += 1;
                while j < c.len() {
                    if c[j] == '"' && (0..hashes).all(|k| c.get(j + 1 + k) == Some(&'#')) {
                        j += 1 + hashes;
                        break;
                    }
                    out.push(blank(c[j]));
                    j += 1;
                }
                out.push_str("\"\"");
                i = j;
                continue;
            }
        }
        if ch == '"' {
            i += 1;
            while i < c.len() && c[i] != '"' {
                if c[i] == '\\' {
                    i += 1;
                }
                if let Some(&x) = c.get(i) {
                    out.push(blank(x));
                }
                i += 1;
            }
            out.push_str("\"\"");
            i += 1;
            continue;
        }
        // Char literals ('x', '\n', '\u{..}'); anything else after a quote is a lifetime.
        if ch == '\'' {
            if next == Some('\\') {
                let mut j = i + 3;
                while j < c.len() && c[j] != '\'' {
                    j += 1;
                }
                out.push_str("' '");
                i = j + 1;
                continue;
            }
            if c.get(i + 2) == Some(&'\'') {
                out.push_str("' '");
                i += 3;
                continue;
            }
        }
        out.push(ch);
        i += 1;
    }
    out
}

fn tokenize(code: &str) -> Vec<Token> {
    let c: Vec<char> = code.chars().collect();
    let mut tokens = Vec::new();
    let (mut i, mut line) = (0, 1);
    while i < c.len() {
        let ch = c[i];
        if ch == '\n' {
            line += 1;
            i += 1;
        } else if ch.is_whitespace() {
            i += 1;
        } else if ch.is_alphanumeric() || ch == '_' {
            let start = i;
            while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_') {
                i += 1;
            }
            let text: String = c[start..i].iter().collect();
            tokens.push(Token { text, line });
        } else if ch == ':' && c.get(i + 1) == Some(&':') {
            tokens.push(Token {
                text: "::".into(),
                line,
            });
            i += 2;
        } else {
            tokens.push(Token {
                text: ch.to_string(),
                line,
            });
            i += 1;
        }
    }
    tokens
}

fn is_ident(t: Option<&Token>) -> bool {
    t.is_some_and(|t| t.text.starts_with(|c: char| c.is_alphabetic() || c == '_'))
}

fn text(tokens: &[Token], k: usize) -> &str {
    tokens.get(k).map_or("", |t| t.text.as_str())
}

/// The index after the bracket that closes the one at `k`.
fn close(tokens: &[Token], k: usize) -> usize {
    let mut depth = 0i32;
    let mut k = k;
    while k < tokens.len() {
        match text(tokens, k) {
            "(" | "[" | "{" => depth += 1,
            ")" | "]" | "}" => {
                depth -= 1;
                if depth == 0 {
                    return k + 1;
                }
            }
            _ => {}
        }
        k += 1;
    }
    k
}

/// The tokens without items marked `#[cfg(test)]` (test modules, test-only imports and helpers).
fn without_test_items(tokens: Vec<Token>) -> Vec<Token> {
    let mut out = Vec::with_capacity(tokens.len());
    let mut k = 0;
    while k < tokens.len() {
        let is_attr = text(&tokens, k) == "#" && text(&tokens, k + 1) == "[";
        if !is_attr {
            out.push(tokens[k].clone());
            k += 1;
            continue;
        }
        let end = close(&tokens, k + 1);
        let inside: Vec<&str> = tokens[k + 2..end - 1]
            .iter()
            .map(|t| t.text.as_str())
            .collect();
        if inside != ["cfg", "(", "test", ")"] {
            out.extend_from_slice(&tokens[k..end]);
            k = end;
            continue;
        }
        // Skip further attributes, then the item: up to its `;` or through its `{…}` body.
        k = end;
        while text(&tokens, k) == "#" && text(&tokens, k + 1) == "[" {
            k = close(&tokens, k + 1);
        }
        while k < tokens.len() {
            match text(&tokens, k) {
                ";" => {
                    k += 1;
                    break;
                }
                "{" => {
                    k = close(&tokens, k);
                    break;
                }
                "(" | "[" => k = close(&tokens, k),
                _ => k += 1,
            }
        }
    }
    out
}

/// The modules a file declares: (module path, inline?).
fn declarations(tokens: &[Token], module: &ModPath) -> Vec<(ModPath, bool)> {
    let mut found = Vec::new();
    let mut scopes: Vec<(ModPath, usize)> = vec![(module.clone(), 0)];
    let mut depth = 0;
    for k in 0..tokens.len() {
        match text(tokens, k) {
            "{" => depth += 1,
            "}" => {
                depth -= 1;
                if scopes.len() > 1 && depth < scopes.last().unwrap().1 {
                    scopes.pop();
                }
            }
            "mod" if is_ident(tokens.get(k + 1)) => {
                let mut path = scopes.last().unwrap().0.clone();
                path.push(text(tokens, k + 1).to_string());
                match text(tokens, k + 2) {
                    ";" => found.push((path, false)),
                    "{" => {
                        found.push((path.clone(), true));
                        scopes.push((path, depth + 1));
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    found
}

/// Every crate-internal path in one file, made absolute; the names its `use`s bring in.
fn scan_paths(
    source: &Source,
    modules: &BTreeSet<ModPath>,
    refs: &mut Vec<Ref>,
    imports: &mut BTreeMap<ModPath, BTreeMap<String, ModPath>>,
) {
    let tokens = &source.tokens;
    let mut scopes: Vec<(ModPath, usize)> = vec![(source.module.clone(), 0)];
    let mut depth = 0;
    let mut k = 0;
    while k < tokens.len() {
        let scope = scopes.last().unwrap().0.clone();
        let at = format!("{}:{}", source.file, tokens[k].line);
        match text(tokens, k) {
            "{" => depth += 1,
            "}" => {
                depth -= 1;
                if scopes.len() > 1 && depth < scopes.last().unwrap().1 {
                    scopes.pop();
                }
            }
            "mod" if is_ident(tokens.get(k + 1)) && text(tokens, k + 2) == "{" => {
                let mut path = scope.clone();
                path.push(text(tokens, k + 1).to_string());
                scopes.push((path, depth + 1));
                depth += 1;
                k += 3;
                continue;
            }
            "use" => {
                let mut start = k + 1;
                if text(tokens, start) == "::" {
                    start += 1;
                }
                let mut paths = Vec::new();
                let end = use_tree(tokens, start, Vec::new(), &mut paths);
                for (written, alias) in paths {
                    let Some(path) = absolute(&scope, &written, modules) else {
                        continue;
                    };
                    if let Some(name) = alias {
                        imports
                            .entry(scope.clone())
                            .or_default()
                            .insert(name, path.clone());
                    }
                    refs.push(Ref {
                        from: scope.clone(),
                        path,
                        at: at.clone(),
                    });
                }
                k = end;
                continue;
            }
            _ => {}
        }
        let starts_path = is_ident(tokens.get(k))
            && text(tokens, k + 1) == "::"
            && !matches!(k.checked_sub(1).map(|p| text(tokens, p)), Some("::" | "."));
        if starts_path {
            let mut paths = Vec::new();
            let end = use_tree(tokens, k, Vec::new(), &mut paths);
            for (written, _) in paths {
                if let Some(path) = absolute(&scope, &written, modules) {
                    refs.push(Ref {
                        from: scope.clone(),
                        path,
                        at: at.clone(),
                    });
                }
            }
            k = end.max(k + 1);
            continue;
        }
        k += 1;
    }
}

/// Reads `a::b::{c, d::e as f, self, *}` from `k`: each leaf path with the name it brings in
/// (`None` for a glob). Returns the index after the tree.
fn use_tree(
    tokens: &[Token],
    mut k: usize,
    mut prefix: Vec<String>,
    out: &mut Vec<(Vec<String>, Option<String>)>,
) -> usize {
    loop {
        match text(tokens, k) {
            "{" => {
                k += 1;
                while k < tokens.len() && text(tokens, k) != "}" {
                    k = use_tree(tokens, k, prefix.clone(), out);
                    // Past the `,` (or a token the tree did not take, so the loop moves on).
                    if text(tokens, k) != "}" {
                        k += 1;
                    }
                }
                return k + 1;
            }
            "*" => {
                out.push((prefix, None));
                return k + 1;
            }
            "self" if !prefix.is_empty() => {
                let name = prefix.last().cloned();
                k += 1;
                let name = if text(tokens, k) == "as" {
                    k += 2;
                    Some(text(tokens, k - 1).to_string())
                } else {
                    name
                };
                out.push((prefix, name));
                return k;
            }
            _ if is_ident(tokens.get(k)) => {
                prefix.push(text(tokens, k).to_string());
                k += 1;
                let more = text(tokens, k) == "::"
                    && (is_ident(tokens.get(k + 1)) || matches!(text(tokens, k + 1), "{" | "*"));
                if more {
                    k += 1;
                    continue;
                }
                let name = if text(tokens, k) == "as" {
                    k += 2;
                    text(tokens, k - 1).to_string()
                } else {
                    prefix.last().cloned().unwrap_or_default()
                };
                out.push((prefix, Some(name)));
                return k;
            }
            _ => return k,
        }
    }
}

/// A written path from the crate root, if it starts inside the crate (`crate`, `self`, `super`,
/// or a child module of the scope it is written in).
fn absolute(scope: &ModPath, written: &[String], modules: &BTreeSet<ModPath>) -> Option<ModPath> {
    let first = written.first()?;
    let (mut base, mut rest) = match first.as_str() {
        "crate" => (ModPath::new(), &written[1..]),
        "self" => (scope.clone(), &written[1..]),
        "super" => (scope.clone(), written),
        _ => {
            let mut child = scope.clone();
            child.push(first.clone());
            if !modules.contains(&child) {
                return None;
            }
            (scope.clone(), written)
        }
    };
    while rest.first().map(String::as_str) == Some("super") {
        base.pop();
        rest = &rest[1..];
    }
    base.extend_from_slice(rest);
    Some(base)
}
