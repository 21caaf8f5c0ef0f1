// The page of gradus serve: sends the text area to /api/check, reads the answer line by line
// (the steps as read, then each step as it is checked) and typesets the mathematics with MathJax.
// User text only ever goes into textContent, never into HTML.
'use strict';

const $ = (id) => document.getElementById(id);
let examples = [];

function element(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

// Typesets the given elements once MathJax has loaded; the page works (as plain TeX) before that.
function typeset(elements) {
  if (window.MathJax && MathJax.startup && MathJax.startup.promise) {
    MathJax.startup.promise.then(() => MathJax.typesetPromise(elements)).catch(() => {});
  }
}

function list(text) {
  return text.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
}

function showError(body) {
  const where = body.column ? (body.line ? `line ${body.line}, column ${body.column}: ` : `column ${body.column}: `) : '';
  const box = $('error');
  box.textContent = where + body.error;
  box.hidden = false;
}

// One list item per step, shown as soon as the steps are read: as written, as read, and pending.
function stepItem(step, index) {
  const li = element('li', 'step pending');
  li.id = `step-${index + 1}`;
  const written = step.latex !== undefined ? element('div', 'math written', `\\(${step.latex}\\)`)
    : element('code', 'written', step.input);
  li.appendChild(written);
  if (step.lhsTex !== undefined) {
    const readAs = element('div', 'read-as');
    readAs.appendChild(element('span', null, 'read as '));
    readAs.appendChild(element('span', 'math', `\\(${step.lhsTex} = ${step.rhsTex}\\)`));
    li.appendChild(readAs);
  }
  li.appendChild(element('div', 'verdict', 'checking...'));
  li.appendChild(element('div', 'method'));
  li.appendChild(element('div', 'message'));
  li.appendChild(element('div', 'counterexample'));
  return li;
}

function showStep(li, step) {
  li.className = `step ${step.verdict}`;
  li.dataset.verdict = step.verdict;
  li.querySelector('.verdict').textContent = step.verdict;
  li.querySelector('.method').textContent = step.method ? `method: ${step.method}` : '';
  if (step.message && step.message !== 'proved') li.querySelector('.message').textContent = step.message;
  if (step.counterexample) {
    const point = Object.entries(step.counterexample).map(([name, value]) => `${name} = ${value}`).join(', ');
    li.querySelector('.counterexample').textContent = `counterexample: ${point}`;
  }
  (step.notes || []).forEach(note => li.appendChild(element('div', 'note', `note: ${note}`)));
}

async function check() {
  const button = $('check');
  const status = $('status');
  const steps = $('steps');
  $('error').hidden = true;
  $('verdict').textContent = '';
  $('verdict').className = '';
  steps.replaceChildren();
  $('skipped').replaceChildren();
  button.disabled = true;
  status.textContent = 'reading...';
  let total = 0;
  let done = 0;
  try {
    const response = await fetch('api/check', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/x-ndjson' },
      body: JSON.stringify({ text: $('derivation').value, assume: list($('assume').value), complex: list($('complex').value) }),
    });
    if (!response.ok) {
      showError(await response.json());
      status.textContent = '';
      return;
    }
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffered = '';
    for (;;) {
      const { value, done: ended } = await reader.read();
      if (ended) break;
      buffered += decoder.decode(value, { stream: true });
      let newline;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const message = JSON.parse(buffered.slice(0, newline));
        buffered = buffered.slice(newline + 1);
        if (message.type === 'steps') {
          total = message.steps.length;
          message.steps.forEach((s, i) => steps.appendChild(stepItem(s, i)));
          typeset([steps]);
        } else if (message.type === 'step') {
          done += 1;
          showStep(steps.children[message.index], message.step);
        } else if (message.type === 'report') {
          $('verdict').textContent = `verdict: ${message.report.verdict}`;
          $('verdict').className = message.report.verdict;
          // every '=' that is no step is listed, so that nothing is dropped silently
          (message.report.skipped || []).forEach((s) => $('skipped').appendChild(
            element('li', null, `skipped at line ${s.line}, column ${s.column}: ${s.reason}: ${s.latex}`)));
        }
        status.textContent = done < total ? `checking step ${done + 1} of ${total}...` : `${total} steps checked`;
      }
    }
  } catch (e) {
    showError({ error: `the server could not be reached: ${e.message}` });
    status.textContent = '';
  } finally {
    button.disabled = false;
  }
}

function showExamples() {
  const chosen = $('example-document').value;
  const ul = $('example-list');
  ul.replaceChildren();
  examples.filter((x) => !chosen || x.document === chosen).forEach((x) => {
    const li = element('li');
    const use = element('button', null, 'use');
    use.type = 'button';
    use.addEventListener('click', () => {
      $('derivation').value = x.text;
      $('assume').value = '';
      $('complex').value = '';
      window.scrollTo(0, 0);
    });
    li.appendChild(use);
    li.appendChild(element('span', null, ` ${x.document}: ${x.name}, expected ${x.expected.join(' ')}. `));
    li.appendChild(element('span', 'says', x.says));
    ul.appendChild(li);
  });
}

async function loadExamples() {
  try {
    examples = await (await fetch('api/examples')).json();
  } catch (e) {
    return; // the page works without them
  }
  const documents = [...new Set(examples.map((x) => x.document))];
  documents.forEach((d) => $('example-document').appendChild(element('option', null, d)));
  $('example-document').addEventListener('change', showExamples);
  showExamples();
}

$('check').addEventListener('click', check);
loadExamples();
